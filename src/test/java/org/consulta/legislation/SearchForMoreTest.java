package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Search for more to link" starts from an article's key terms: over the shipped sample, that
 * search finds something for every article of every shipped draft, and comparable provisions keep
 * to their floor.
 */
class SearchForMoreTest {
  private static LegislationIndex index;

  @BeforeAll
  static void indexTheSample() throws IOException {
    index = new LegislationIndex(new ByteBuffersDirectory(), Thesaurus.read(ThesaurusTest.SHIPPED));
    index.put(Corpora.records("sample.jsonl.gz"));
    index.commit(new Watermark(3235, 1));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** Each article of a draft file: its heading line and text, up to the next heading. */
  private static List<String> articles(Path draft) throws IOException {
    List<String> articles = new ArrayList<>();
    StringBuilder article = null;
    for (String line : Files.readAllLines(draft)) {
      if (line.startsWith("#")) {
        if (article != null) {
          articles.add(article.toString());
        }
        article = line.contains("{#art_") ? new StringBuilder(line).append('\n') : null;
      } else if (article != null) {
        article.append(line).append('\n');
      }
    }
    if (article != null) {
      articles.add(article.toString());
    }
    return articles;
  }

  @Test
  void theKeyTermsOfEveryArticleOfTheShippedDraftsFindSomething() throws IOException {
    int checked = 0;
    List<Path> drafts;
    try (Stream<Path> files = Files.walk(Path.of("drafts"))) {
      drafts = files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).toList();
    }
    for (Path draft : drafts) {
      Language language = Language.valueOf(draft.getFileName().toString().replace(".md", ""));
      for (String article : articles(draft)) {
        var results =
            index.comparable(
                new ComparableQuery(Map.of(language, article), Set.of(), Set.of(), 10));
        String q = results.searchTerms().get(language);
        assertTrue(!q.isBlank(), draft + ": no key terms for " + article);
        var found =
            index.search(
                new LegislationQuery(
                    q,
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    SearchSort.RELEVANCE,
                    0,
                    10,
                    true));
        assertTrue(
            found.total() > 0, draft + ": '" + q + "' finds nothing, partial " + found.partial());
        for (ComparableProvision provision : results.provisions()) {
          assertTrue(
              provision.score() >= ComparableSearch.FLOOR && provision.score() <= 1,
              provision.toString());
        }
        checked++;
      }
    }
    assertTrue(checked > 50, checked + " articles");
  }
}
