package com.example.shop.migrations;

import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Operations;
import io.retort.runtime.api.Revision;

/**
 * Merge migrations
 *
 * Revision ID: 84e241fa924c
 * Revises: 05fff3314d54, 33eb9f5312a5
 * Create Date: 2026-11-26 06:20:12
 */
@Revision(
    id = "84e241fa924c",
    revises = {"05fff3314d54", "33eb9f5312a5"},
    message = "Merge migrations",
    createDate = "2026-11-26 06:20:12"
)
public final class R84e241fa924c_merge_migrations implements Migration {
  @Override
  public void upgrade(Operations op) {
    // A merge joins the branches and usually changes nothing; add operations only to reconcile them.
  }

  @Override
  public void downgrade(Operations op) {
    // A merge joins the branches and usually changes nothing; add operations only to reconcile them.
  }
}
