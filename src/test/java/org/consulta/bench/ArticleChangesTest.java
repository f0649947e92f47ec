package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleChangesTest {
  @Test
  void deletesFirstThenInsertsMovesAndEditsInTheNewOrder() {
    var current =
        law("art_0", "", "art_1", "uno", "art_2", "dos", "art_3", "tres", "art_4", "cuatro");
    var target =
        law("art_0", "", "art_3", "tres", "art_1", "uno bis", "art_5", "cinco", "art_4", "cuatro");
    assertEquals(
        List.of(
            new ArticleChanges.Delete("art_2"),
            new ArticleChanges.Move("art_3", "art_0"),
            new ArticleChanges.Edit("art_1", "uno bis"),
            new ArticleChanges.Insert("art_5", "art_1", "cinco")),
        ArticleChanges.between(current, target));
  }

  @Test
  void anArticleNewAtTheStartGoesToTheStartOfTheChapter() {
    assertEquals(
        List.of(new ArticleChanges.Insert("art_0", null, "")),
        ArticleChanges.between(law("art_1", "uno"), law("art_0", "", "art_1", "uno")));
  }

  private static LinkedHashMap<String, String> law(String... eIdsAndTexts) {
    var law = new LinkedHashMap<String, String>();
    for (int i = 0; i < eIdsAndTexts.length; i += 2) {
      law.put(eIdsAndTexts[i], eIdsAndTexts[i + 1]);
    }
    return law;
  }
}
