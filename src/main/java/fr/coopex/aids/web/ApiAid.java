package fr.coopex.aids.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import fr.coopex.aids.AidData;

/** One published aid of the open data API, with the address of its page. */
record ApiAid(long id, String url, Instant publishedAt, Instant updatedAt, @JsonUnwrapped AidData aid) {
}
