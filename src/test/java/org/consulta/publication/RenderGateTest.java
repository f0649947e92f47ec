package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class RenderGateTest {
  /** A turn not given back would keep the gate's only renderer busy: the later renders fail. */
  @Test
  void aStreamedRenderTakesItsTurnWhenWrittenAndGivesItBackEvenWhenItFails() throws IOException {
    var gate = new RenderGate(1);
    StreamingOutput failing =
        gate.streamed(
            body -> {
              throw new IOException("the client went away");
            });
    gate.streamed(body -> body.write('-'));

    assertThrows(IOException.class, () -> failing.write(OutputStream.nullOutputStream()));
    var out = new ByteArrayOutputStream();
    gate.streamed(body -> body.write('x')).write(out);
    gate.streamed(body -> body.write('y')).write(out);
    assertEquals("xy", out.toString());
    assertEquals("z", gate.render(() -> "z"));
  }
}
