package com.example.shop.web;

import com.example.shop.model.Product;
import com.example.shop.model.ProductRepository;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /products: the catalogue as JSON. */
@RestController
public class ProductController {
  private final ProductRepository products;

  public ProductController(ProductRepository products) {
    this.products = products;
  }

  /** A product as the API shows it. */
  public record ProductView(long id, String name, BigDecimal unitPrice, int stockQuantity, String category) {
    static ProductView of(Product p) {
      return new ProductView(p.getId(), p.getName(), p.getUnitPrice(), p.getStockQuantity(), p.getCategory().getName());
    }
  }

  @GetMapping("/products")
  public List<ProductView> products() {
    return products.findAllWithCategory().stream().map(ProductView::of).toList();
  }
}
