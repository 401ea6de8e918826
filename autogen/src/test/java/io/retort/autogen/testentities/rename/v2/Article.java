package io.retort.autogen.testentities.rename.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The column title renamed to headline, without a hint. */
@Entity
@Table(name = "articles")
public class Article {
  @Id
  Long id;

  @Column(name = "headline", length = 200, nullable = false)
  String headline;

  @Column(name = "body", length = 2000)
  String body;
}
