package io.retort.autogen.testentities.edit.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Removed by the edit. */
@Entity
@Table(name = "old_reviews")
public class OldReview {
  @Id
  Long id;

  @Column(length = 500, nullable = false)
  String body;
}
