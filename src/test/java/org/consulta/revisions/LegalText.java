package org.consulta.revisions;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Generated model-law text of a predictable size, for tests on long articles. */
final class LegalText {

  private LegalText() {}

  static String articles(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            n ->
                "Article "
                    + n
                    + ". The States Parties shall ensure the participation of civil society in the"
                    + " preparation, implementation and monitoring of the measures referred to in"
                    + " paragraph "
                    + n
                    + " of this article, and shall report on progress every two years to the"
                    + " Conference of the Parties established under article "
                    + (count + n)
                    + ".")
        .collect(Collectors.joining("\n"));
  }
}
