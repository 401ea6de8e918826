package io.retort.spring.test.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The tests' application: two entities, ddl-auto=validate, Retort's revisions in the migrations package beside them. */
@SpringBootApplication
public class ShopApplication {
}
