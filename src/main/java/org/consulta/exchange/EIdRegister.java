package org.consulta.exchange;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consulta.drafting.DivisionKind;

/** The eIds met so far in one file: each must be well formed and used only once in the law. */
final class EIdRegister {
  private static final Pattern EID =
      Pattern.compile(
          BodyReader.PREAMBLE_EID
              + "|(art|"
              + Arrays.stream(DivisionKind.values())
                  .map(DivisionKind::prefix)
                  .collect(Collectors.joining("|"))
              + ")_[1-9][0-9]*");

  private final String fileName;
  private final Map<String, Integer> firstLines = new HashMap<>();

  EIdRegister(String fileName) {
    this.fileName = fileName;
  }

  void register(String eId, int lineNumber) {
    if (!EID.matcher(eId).matches()) {
      throw new DraftFormatException(
          fileName,
          lineNumber,
          "bad eId '" + eId + "': expected preamble, title_N, chp_N, sec_N or art_N");
    }
    Integer firstLine = firstLines.putIfAbsent(eId, lineNumber);
    if (firstLine != null) {
      throw new DraftFormatException(
          fileName, lineNumber, "duplicate eId '" + eId + "', first used on line " + firstLine);
    }
  }
}
