package io.retort.autogen.testentities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;

/** A document; there is no {@code Document} table, each concrete kind has all the columns. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_gen")
  @SequenceGenerator(name = "document_gen", sequenceName = "document_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Document() {
  }
}
