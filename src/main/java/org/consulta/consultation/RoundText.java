package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A round's title and description in one of its languages. */
@Embeddable
public class RoundText {
  @Column(name = "title")
  private String title;

  @Column(name = "description")
  private String description;

  protected RoundText() {}

  public RoundText(String title, String description) {
    this.title = Objects.requireNonNull(title);
    this.description = Objects.requireNonNull(description);
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }
}
