/**
 * The application services: one class per family of use cases, between the views and the command
 * line above and the store below. A service takes the acting person ({@link kr.sangsaeng.review.service.Actor})
 * where it writes, checks the rules that span tables, and writes its audit rows in the same
 * transaction as the change. The GUI and the CLI call the same services; neither reaches the store.
 * See docs/architecture.md.
 */
package kr.sangsaeng.review.service;
