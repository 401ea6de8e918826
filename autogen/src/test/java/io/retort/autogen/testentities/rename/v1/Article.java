package io.retort.autogen.testentities.rename.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Before the rename. */
@Entity
@Table(name = "articles")
public class Article {
  @Id
  Long id;

  @Column(name = "title", length = 200, nullable = false)
  String title;

  @Column(name = "body", length = 2000)
  String body;
}
