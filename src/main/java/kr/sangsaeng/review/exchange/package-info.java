/**
 * Files in and out (docs/file-formats.md): reading submissions, rubric and score-pack files into an import plan
 * that is checked as a whole before anything is written, and writing the CSV exports. Pure Java and
 * files; the review file is reached only through {@code store}.
 */
package kr.sangsaeng.review.exchange;
