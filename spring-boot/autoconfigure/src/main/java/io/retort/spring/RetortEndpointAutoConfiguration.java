package io.retort.spring;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** The {@link RetortEndpoint}, where Actuator is on the class path and the endpoint is exposed. */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
    "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint"})
public class RetortEndpointAutoConfiguration {

  @Bean
  @ConditionalOnBean(RetortMigrator.class)
  @ConditionalOnMissingBean
  @ConditionalOnAvailableEndpoint(endpoint = RetortEndpoint.class)
  public RetortEndpoint retortEndpoint(ApplicationContext context) {
    return new RetortEndpoint(context);
  }
}
