package org.consulta.publication;

import java.util.List;

/**
 * A paragraph of an article as legal text lays it out: its number ({@code 1.}, or null when it has
 * none), its text, and the lettered items that hang from it.
 */
public record Paragraph(String eId, String num, String text, List<Point> points) {
  public Paragraph {
    points = List.copyOf(points);
  }
}
