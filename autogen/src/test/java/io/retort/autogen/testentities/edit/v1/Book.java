package io.retort.autogen.testentities.edit.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Before the edit. */
@Entity
@Table(name = "books")
public class Book {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(length = 100, nullable = false)
  String title;

  @Column(precision = 10, scale = 2)
  BigDecimal price;

  @Column(name = "legacy_code", length = 20)
  String legacyCode;

  @ManyToOne
  @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_books_author"))
  Author author;
}
