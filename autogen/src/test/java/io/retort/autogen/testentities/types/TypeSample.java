package io.retort.autogen.testentities.types;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One column of every basic type the scanner maps. */
@Entity
@Table(name = "type_samples")
public class TypeSample {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "small_number")
  private short smallNumber;

  @Column(name = "tiny_number")
  private Byte tinyNumber;

  @Column(name = "whole_number")
  private Integer wholeNumber;

  @Column(name = "big_number")
  private long bigNumber;

  @Column(name = "huge_number")
  private BigInteger hugeNumber;

  @Column(precision = 10, scale = 4)
  private BigDecimal ratio;

  @Column(name = "plain_decimal")
  private BigDecimal plainDecimal;

  @Column(name = "single_float")
  private float singleFloat;

  @Column(name = "double_float")
  private Double doubleFloat;

  private boolean flag;

  @Column(name = "initial_letter")
  private Character initialLetter;

  @Column(length = 80)
  private String title;

  @Column(name = "default_length")
  private String defaultLength;

  @Lob
  @Column(name = "long_text")
  private String longText;

  @Lob
  private String description;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  @Column(name = "big_text")
  private String bigText;

  @Column(columnDefinition = "text")
  private String notes;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "alarm_time")
  private LocalTime alarmTime;

  @Column(name = "local_moment")
  private LocalDateTime localMoment;

  @Column(name = "coarse_moment", secondPrecision = 0)
  private LocalDateTime coarseMoment;

  private Instant instant;

  @Column(name = "offset_moment")
  private OffsetDateTime offsetMoment;

  private UUID token;

  @Column(length = 512)
  private byte[] thumbnail;

  @Lob
  private byte[] attachment;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> attributes;

  @Column(length = 7)
  private Rgb colour;

  @Convert(converter = YearsConverter.class)
  @Column(name = "warranty_years")
  private Period warranty;

  protected TypeSample() {
  }
}
