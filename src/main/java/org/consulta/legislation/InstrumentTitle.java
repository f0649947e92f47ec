package org.consulta.legislation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An instrument's formal and short title in one language. */
@Embeddable
public class InstrumentTitle {
  private String title;

  @Column(name = "short_title")
  private String shortTitle;

  protected InstrumentTitle() {}

  InstrumentTitle(String title, String shortTitle) {
    this.title = Objects.requireNonNull(title);
    this.shortTitle = shortTitle;
  }

  public String title() {
    return title;
  }

  public String shortTitle() {
    return shortTitle;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InstrumentTitle that
        && title.equals(that.title)
        && Objects.equals(shortTitle, that.shortTitle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, shortTitle);
  }
}
