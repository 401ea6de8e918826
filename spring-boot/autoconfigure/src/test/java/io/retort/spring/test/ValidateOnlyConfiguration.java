package io.retort.spring.test;

import io.retort.spring.RetortMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A user's strategy that only validates (outside the application's package: added to the tests that want it). */
@Configuration(proxyBeanMethods = false)
public class ValidateOnlyConfiguration {
  @Bean
  RetortMigrationStrategy validateOnly() {
    return RetortMigrationStrategy.validate();
  }
}
