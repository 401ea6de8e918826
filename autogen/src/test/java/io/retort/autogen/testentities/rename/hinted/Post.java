package io.retort.autogen.testentities.rename.hinted;

import io.retort.runtime.api.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The table articles renamed to posts and title to headline, both declared with hints. */
@Entity
@Table(name = "posts")
@RenamedFrom("articles")
public class Post {
  @Id
  Long id;

  @RenamedFrom("title")
  @Column(name = "headline", length = 200, nullable = false)
  String headline;

  @Column(name = "body", length = 2000)
  String body;
}
