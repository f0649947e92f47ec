package org.consulta.bench;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.consulta.consultation.ConsultationReport;
import org.consulta.consultation.ReportCsv;
import org.consulta.consultation.ReportDocx;
import org.consulta.consultation.ReportPdf;
import org.consulta.consultation.ReportPrint;
import org.consulta.drafting.Language;

/**
 * Times each renderer of the consultation report on a model made in memory ({@link
 * SyntheticReport}), without a server or a database: the CPU time of the rendering thread (the
 * machine's other work does not count), the bytes it allocated, the size of what it wrote, and the
 * peak of the heap while it ran.
 */
public final class ReportRenderBenchmark {
  private static final String USAGE =
      """
      usage: ReportRenderBenchmark [--contributions 100000] [--articles 38] [--lang es]
          [--formats json,csv,html,pdf,docx] [--runs 3] [--seed 7]""";

  private ReportRenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    var line =
        new CommandLine(
            args,
            Set.of("--contributions", "--articles", "--lang", "--formats", "--runs", "--seed"),
            USAGE);
    Language lang = Language.valueOf(line.text("--lang", "es"));
    List<String> formats =
        line.flag("--formats")
            ? line.list("--formats")
            : List.of("json", "csv", "html", "pdf", "docx");
    int contributions = line.atLeast("--contributions", 100_000, 1);
    var report =
        SyntheticReport.of(
            contributions, line.atLeast("--articles", 38, 1), lang, line.number("--seed", 7));
    var warmup = SyntheticReport.of(200, 10, lang, 1);
    System.out.printf("report of %,d contributions, %s%n", contributions, lang);
    System.gc();
    System.out.printf("heap after the model is made: %.0f MB%n", heapUsed() / 1e6);
    System.out.println("format  run  cpu ms  allocated MB  output MB  peak heap MB");
    for (String format : formats) {
      render(format, warmup, OutputStream.nullOutputStream());
      for (int run = 1; run <= line.atLeast("--runs", 3, 1); run++) {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu = thread.getCurrentThreadCpuTime();
        long allocated = thread.getCurrentThreadAllocatedBytes();
        var out = new CountingStream();
        render(format, report, out);
        System.out.printf(
            "%-6s %4d %7d %13.1f %10.1f %13.0f%n",
            format,
            run,
            (thread.getCurrentThreadCpuTime() - cpu) / 1_000_000,
            (thread.getCurrentThreadAllocatedBytes() - allocated) / 1e6,
            out.count / 1e6,
            heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1e6);
      }
    }
  }

  /**
   * The heap's memory pools. The sum of their peaks bounds the run's peak heap from above (each
   * pool may peak at another moment); it includes the model, which {@code heap after the model is
   * made} gives alone.
   */
  private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void render(String format, ConsultationReport report, OutputStream out)
      throws Exception {
    switch (format) {
      case "json" -> {
        try (Jsonb jsonb = JsonbBuilder.create()) {
          jsonb.toJson(report, out);
        }
      }
      case "csv" -> text(out, w -> ReportCsv.write(report, false, w));
      case "html" -> text(out, w -> ReportPrint.write(report, w));
      case "pdf" -> ReportPdf.write(report, out);
      case "docx" -> ReportDocx.write(report, out);
      default -> throw new IllegalArgumentException("unknown format " + format);
    }
  }

  private interface TextRenderer {
    void write(Writer writer);
  }

  private static void text(OutputStream out, TextRenderer renderer) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
    renderer.write(writer);
    writer.flush();
  }

  /** Counts what a renderer writes and keeps none of it. */
  private static final class CountingStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
