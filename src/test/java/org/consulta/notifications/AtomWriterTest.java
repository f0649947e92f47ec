package org.consulta.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomWriterTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

  @Test
  void aFeedHasEveryElementAtomRequiresAndAParserReadsItBack() throws Exception {
    Feed feed = parse(AtomWriter.write(feed(entry("tag:consulta.example,2026:a/1", "Ley & <b>"))));
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals("tag:consulta.example,2026:laws/parity", feed.getId());
    assertEquals("Paridad — novedades", feed.getTitleEx().getValue());
    assertEquals(Instant.parse("2026-03-01T10:15:30Z"), feed.getUpdated().toInstant());
    assertEquals("Consulta", feed.getAuthors().get(0).getName());
    Link self = feed.getOtherLinks().get(0);
    assertEquals("self", self.getRel());
    assertEquals("https://consulta.example/api/laws/parity/feed", self.getHref());
    assertEquals(
        "https://consulta.example/#/laws/parity", feed.getAlternateLinks().get(0).getHref());
    Entry entry = feed.getEntries().get(0);
    assertEquals("tag:consulta.example,2026:a/1", entry.getId());
    assertEquals(
        "https://consulta.example/#/consultations/3", entry.getAlternateLinks().get(0).getHref());
    assertEquals(Instant.parse("2026-03-01T10:15:30Z"), entry.getUpdated().toInstant());
    Content content = entry.getContents().get(0);
    assertEquals("text", content.getType());
    assertEquals("Ley & <b>", content.getValue());
  }

  @Test
  void markupAndQuotesInTextAreEscapedNotInterpreted() throws Exception {
    String hostile = "</content><entry><id>x</id></entry> \"quoted\" & 'single' ]]>";
    String xml =
        new String(
            AtomWriter.write(feed(entry("tag:consulta.example,2026:a/2", hostile))),
            StandardCharsets.UTF_8);
    Feed feed = parse(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, feed.getEntries().size());
    assertEquals(hostile, feed.getEntries().get(0).getContents().get(0).getValue());
    assertTrue(xml.contains("&lt;/content&gt;"), xml);
  }

  @Test
  void charactersXmlCannotCarryAreDroppedSoTheFeedStaysReadable() throws Exception {
    Feed feed =
        parse(
            AtomWriter.write(
                feed(entry("tag:consulta.example,2026:a/3", "a\u0001b\u000Bc\uD800d 😀"))));
    assertEquals("abcd 😀", feed.getEntries().get(0).getContents().get(0).getValue());
  }

  @Test
  void aFeedWithoutEntriesIsStillValid() throws Exception {
    Feed feed = parse(AtomWriter.write(feed(List.of())));
    assertTrue(feed.getEntries().isEmpty());
    assertEquals("tag:consulta.example,2026:laws/parity", feed.getId());
  }

  private static AtomFeed feed(AtomFeed.Entry entry) {
    return feed(List.of(entry));
  }

  private static AtomFeed feed(List<AtomFeed.Entry> entries) {
    return new AtomFeed(
        "tag:consulta.example,2026:laws/parity",
        "Paridad — novedades",
        "es",
        AT,
        "Consulta",
        "https://consulta.example/api/laws/parity/feed",
        "https://consulta.example/#/laws/parity",
        entries);
  }

  private static AtomFeed.Entry entry(String id, String content) {
    return new AtomFeed.Entry(
        id, "Una entrada", AT, "Lucía", "https://consulta.example/#/consultations/3", content);
  }

  static Feed parse(byte[] xml) throws Exception {
    var input = new WireFeedInput(true, java.util.Locale.ROOT);
    return (Feed) input.build(new StringReader(new String(xml, StandardCharsets.UTF_8)));
  }
}
