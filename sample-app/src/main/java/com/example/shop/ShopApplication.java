package com.example.shop;

import com.example.shop.model.Category;
import com.example.shop.model.Product;
import io.retort.runtime.api.Retort;
import io.retort.runtime.migrate.Direction;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * The shop: brings its database to the newest revision at start-up with Retort's programmatic API,
 * then lets Hibernate check that the schema matches the entities, and prints what is in the shop.
 * {@code DATABASE_URL} (with {@code DATABASE_USER}, {@code DATABASE_PASSWORD}) points it at
 * PostgreSQL or MariaDB; the default is an embedded H2 file under {@code target/}.
 */
public final class ShopApplication {
  static final String DEFAULT_URL = "jdbc:h2:file:./target/shop-db";

  /** Held so java.util.logging keeps the level: it forgets the level of loggers nobody references. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  private ShopApplication() {
  }

  public static void main(String[] args) {
    HIBERNATE_LOG.setLevel(Level.SEVERE);
    String url = System.getenv().getOrDefault("DATABASE_URL", DEFAULT_URL);
    String user = System.getenv().getOrDefault("DATABASE_USER", url.equals(DEFAULT_URL) ? "sa" : null);
    String password = System.getenv().getOrDefault("DATABASE_PASSWORD", "");
    run(url, user, password, System.out);
  }

  /** Upgrades the database to head, adds two products to an empty shop, and prints the products. */
  static void run(String url, String user, String password, PrintStream out) {
    Retort.with(url, user, password)
        .migrationsPackage("com.example.shop.migrations")
        .listener((direction, revision, step) -> out.println(
            (direction == Direction.UPGRADE ? "Running upgrade " : "Running downgrade ") + step + ", " + revision.shortMessage()))
        .upgrade("head");

    try (SessionFactory sessions = sessionFactory(url, user, password)) {
      sessions.inTransaction(session -> {
        Long count = session.createSelectionQuery("select count(p) from Product p", Long.class).getSingleResult();
        if (count == 0) {
          Category shirts = new Category("shirts");
          session.persist(shirts);
          session.persist(new Product("Blue Shirt", new BigDecimal("19.90"), 12, "blue-shirt", shirts));
          session.persist(new Product("Red Shirt", new BigDecimal("17.50"), null, "red-shirt", shirts));
        }
      });
      List<Product> products = sessions.fromSession(session ->
          session.createSelectionQuery("from Product p join fetch p.category order by p.name", Product.class).getResultList());
      out.println("The shop has " + products.size() + " products:");
      for (Product p : products) {
        out.printf("  %-12s %8s  stock %-4s  /%s  (%s)%n", p.getName(), p.getPrice(),
            p.getStock() == null ? "-" : p.getStock(), p.getSlug(), p.getCategory().getName());
      }
    }
  }

  static SessionFactory sessionFactory(String url, String user, String password) {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Category.class)
        .addAnnotatedClass(Product.class)
        .setProperty("jakarta.persistence.jdbc.url", url)
        .setProperty("hibernate.hbm2ddl.auto", "validate");
    if (user != null) {
      configuration.setProperty("jakarta.persistence.jdbc.user", user);
      configuration.setProperty("jakarta.persistence.jdbc.password", password);
    }
    return configuration.buildSessionFactory();
  }
}
