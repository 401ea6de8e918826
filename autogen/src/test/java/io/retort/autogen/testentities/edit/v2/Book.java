package io.retort.autogen.testentities.edit.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** After the edit: price narrowed, legacy_code gone, author cascade, title indexed, publisher new. */
@Entity
@Table(name = "books", indexes = @Index(name = "ix_books_title", columnList = "title"))
public class Book {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(length = 100, nullable = false)
  String title;

  @Column(precision = 8, scale = 2)
  BigDecimal price;

  @ManyToOne
  @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_books_author"))
  @OnDelete(action = OnDeleteAction.CASCADE)
  Author author;

  @ManyToOne
  @JoinColumn(name = "publisher_id", foreignKey = @ForeignKey(name = "fk_books_publisher"))
  Publisher publisher;
}
