package org.consulta.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.drafting.DivisionKind;

/**
 * Reads the lines after the front matter into the preamble and the tree of divisions and articles,
 * checking nesting, eIds and article numbering. One instance reads one file.
 */
final class BodyReader {
  static final String PREAMBLE_EID = "preamble";
  private static final Pattern EDGE_NEWLINES = Pattern.compile("\\A\n+|\n+\\z");
  private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\n{3,}");

  /** The body of a draft: the preamble text (null if absent) and the top-level divisions. */
  record Body(String preamble, List<DraftNode> nodes) {}

  /** What the text lines being read belong to. */
  private enum Reading {
    NOTHING,
    PREAMBLE,
    DIVISION,
    ARTICLE
  }

  /** A division whose heading has been read and whose children are still being read. */
  private record OpenDivision(HeadingLine heading, int line, List<DraftNode> children) {
    DraftDivision close() {
      DivisionKind kind = DivisionKind.ofEId(heading.eId()).orElseThrow();
      return new DraftDivision(heading.eId(), kind, heading.text(), children, line);
    }
  }

  /** An article whose heading has been read and whose text is still being read. */
  private record OpenArticle(String eId, int number, String heading, int line) {}

  private final String fileName;
  private final DraftLanguage language;
  private final Pattern articleHeading;
  private final Deque<OpenDivision> openDivisions = new ArrayDeque<>();
  private final List<DraftNode> topLevel = new ArrayList<>();
  private final EIdRegister eIds;
  private final List<String> textLines = new ArrayList<>();
  private Reading reading = Reading.NOTHING;
  private OpenArticle article;
  private String preamble;
  private int nextArticleNumber = 1;

  private BodyReader(String fileName, DraftLanguage language) {
    this.fileName = fileName;
    this.language = language;
    this.eIds = new EIdRegister(fileName);
    // At most six digits, so that the number always fits an int.
    this.articleHeading =
        Pattern.compile(Pattern.quote(language.articleWord()) + " ([1-9][0-9]{0,5})\\. (.+)");
  }

  /** Reads from index {@code start} on lines already stripped of trailing whitespace. */
  static Body read(String fileName, DraftLanguage language, List<String> lines, int start) {
    BodyReader reader = new BodyReader(fileName, language);
    for (int index = start; index < lines.size(); index++) {
      reader.readLine(lines.get(index), index + 1);
    }
    return reader.finish(lines.size());
  }

  private void readLine(String line, int lineNumber) {
    if (line.startsWith("#")) {
      closeText();
      readHeading(HeadingLine.parse(fileName, lineNumber, line), lineNumber);
    } else {
      readText(line, lineNumber);
    }
  }

  private void readText(String line, int lineNumber) {
    if (!line.isEmpty() && reading == Reading.NOTHING) {
      throw problem(lineNumber, "text before the first heading");
    }
    if (!line.isEmpty() && reading == Reading.DIVISION) {
      throw problem(
          lineNumber,
          "text directly under division "
              + openDivisions.peek().heading().eId()
              + "; only the preamble and articles have text");
    }
    textLines.add(line);
  }

  private void readHeading(HeadingLine heading, int lineNumber) {
    eIds.register(heading.eId(), lineNumber);
    if (heading.eId().equals(PREAMBLE_EID)) {
      openPreamble(heading, lineNumber);
    } else if (DivisionKind.ofEId(heading.eId()).isPresent()) {
      openDivision(heading, lineNumber);
    } else {
      openArticle(heading, lineNumber);
    }
  }

  private void openPreamble(HeadingLine heading, int lineNumber) {
    if (reading != Reading.NOTHING) {
      throw problem(lineNumber, "the preamble must be the first heading");
    }
    if (heading.level() != 1 || !heading.text().equals(language.preambleWord())) {
      String expected = HeadingLine.format(1, language.preambleWord(), PREAMBLE_EID);
      throw problem(lineNumber, "the preamble heading must read '" + expected + "'");
    }
    reading = Reading.PREAMBLE;
  }

  private void openDivision(HeadingLine heading, int lineNumber) {
    OpenDivision parent = closeDivisionsFrom(heading.level());
    int parentLevel = parent == null ? 0 : parent.heading().level();
    if (heading.level() != parentLevel + 1) {
      String parentName = parent == null ? "the top level" : parent.heading().eId();
      throw problem(
          lineNumber,
          "division " + heading.eId() + " is nested more than one level below " + parentName);
    }
    openDivisions.push(new OpenDivision(heading, lineNumber, new ArrayList<>()));
    reading = Reading.DIVISION;
  }

  private void openArticle(HeadingLine heading, int lineNumber) {
    OpenDivision parent = closeDivisionsFrom(heading.level());
    if (parent == null) {
      throw problem(lineNumber, "article " + heading.eId() + " is outside any division");
    }
    if (heading.level() != parent.heading().level() + 1) {
      throw problem(
          lineNumber,
          "article "
              + heading.eId()
              + " is nested more than one level below "
              + parent.heading().eId());
    }
    Matcher words = articleHeading.matcher(heading.text());
    if (!words.matches()) {
      throw problem(
          lineNumber, "article heading must read '" + language.articleWord() + " <n>. <heading>'");
    }
    int number = Integer.parseInt(words.group(1));
    if (number != nextArticleNumber) {
      throw problem(
          lineNumber,
          "article number " + number + " is out of sequence; expected " + nextArticleNumber);
    }
    nextArticleNumber++;
    article = new OpenArticle(heading.eId(), number, words.group(2), lineNumber);
    reading = Reading.ARTICLE;
  }

  /** Closes the open divisions at {@code level} or deeper; returns the one left open, if any. */
  private OpenDivision closeDivisionsFrom(int level) {
    while (!openDivisions.isEmpty() && openDivisions.peek().heading().level() >= level) {
      addToOpenDivision(openDivisions.pop().close());
    }
    return openDivisions.peek();
  }

  /** Hands the text read since the last heading to the preamble or article it belongs to. */
  private void closeText() {
    String text = paragraphs();
    textLines.clear();
    if (reading == Reading.PREAMBLE) {
      preamble = text;
    } else if (reading == Reading.ARTICLE) {
      if (text.isEmpty()) {
        throw problem(article.line(), "article " + article.eId() + " has no text");
      }
      addToOpenDivision(
          new DraftArticle(
              article.eId(), article.number(), article.heading(), text, article.line()));
    }
  }

  private String paragraphs() {
    String joined = EDGE_NEWLINES.matcher(String.join("\n", textLines)).replaceAll("");
    return BLANK_LINE_RUNS.matcher(joined).replaceAll("\n\n");
  }

  private void addToOpenDivision(DraftNode node) {
    (openDivisions.isEmpty() ? topLevel : openDivisions.peek().children()).add(node);
  }

  private Body finish(int lastLine) {
    closeText();
    closeDivisionsFrom(1);
    if (nextArticleNumber == 1) {
      throw problem(lastLine, "the draft has no articles");
    }
    return new Body(preamble, List.copyOf(topLevel));
  }

  private DraftFormatException problem(int line, String problem) {
    return new DraftFormatException(fileName, line, problem);
  }
}
