package org.consulta.legislation;

/**
 * How far the legislation store has got: how many provisions it holds and the last stamp that
 * changed one. The index records the watermark it reflects; equal watermarks mean it is current.
 */
public record Watermark(long provisions, long stamp) {
  public static final Watermark EMPTY = new Watermark(0, 0);
}
