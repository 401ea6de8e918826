package io.retort.autogen.testentities.edit.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** After the edit: name widened, email required and unique, bio gone, website new. */
@Entity
@Table(name = "authors", uniqueConstraints = @UniqueConstraint(name = "uq_authors_email", columnNames = "email"))
public class Author {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(length = 200, nullable = false)
  String name;

  @Column(length = 100, nullable = false)
  String email;

  @Column(length = 200)
  String website;
}
