package io.retort.spring.test.shop;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the categories table through a JdbcTemplate while the context starts (a component is created
 * before the auto-configured beans): it works only because the JdbcTemplate waits for the migration.
 */
@Component
@ConditionalOnProperty(prefix = "retort", name = "enabled", havingValue = "true", matchIfMissing = true)
public class CategoriesAtStart {
  private final long count;

  public CategoriesAtStart(JdbcTemplate jdbc) {
    this.count = jdbc.queryForObject("SELECT COUNT(*) FROM categories", Long.class);
  }

  public long count() {
    return count;
  }
}
