package com.example.shop.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {
  /** Every product with its category, by name. */
  @Query("select p from Product p join fetch p.category order by p.name")
  List<Product> findAllWithCategory();
}
