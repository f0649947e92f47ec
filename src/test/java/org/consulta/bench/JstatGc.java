package org.consulta.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the output of {@code jstat -gc}: a header row naming the columns, then one sample a line,
 * sizes in KB. The used heap is the sum of both survivor spaces, eden and the old generation
 * (S0U+S1U+EU+OU); metaspace is not heap. Columns are found by name, since their set and order
 * change with the JDK and the collector.
 */
record JstatGc(int s0u, int s1u, int eu, int ou, int ygc, int fgc, int width) {
  /** One line of samples: the used heap in KB and the collections counted since the JVM started. */
  record Sample(double usedKb, long youngGcs, long fullGcs) {
    double usedMb() {
      return usedKb / 1024;
    }
  }

  /** The columns of {@code header}; refused when it is not the header of {@code jstat -gc}. */
  static JstatGc header(String header) {
    List<String> names = fields(header);
    return new JstatGc(
        column(names, "S0U", header),
        column(names, "S1U", header),
        column(names, "EU", header),
        column(names, "OU", header),
        column(names, "YGC", header),
        column(names, "FGC", header),
        names.size());
  }

  /** The sample on {@code line}; empty for a repeated header or a line that is not a sample. */
  Optional<Sample> sample(String line) {
    List<String> values = fields(line);
    if (values.size() != width) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Sample(
              kb(values.get(s0u)) + kb(values.get(s1u)) + kb(values.get(eu)) + kb(values.get(ou)),
              count(values.get(ygc)),
              count(values.get(fgc))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int column(List<String> names, String name, String header) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          "not the header of jstat -gc (no column " + name + "): " + header.strip());
    }
    return i;
  }

  private static List<String> fields(String line) {
    String stripped = line.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  /** A size; "-" is a space this collector does not have. */
  private static double kb(String value) {
    return value.equals("-") ? 0 : Double.parseDouble(value.replace(',', '.'));
  }

  private static long count(String value) {
    return value.equals("-") ? 0 : Long.parseLong(value);
  }
}
