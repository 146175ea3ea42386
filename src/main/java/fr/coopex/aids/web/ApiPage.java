package fr.coopex.aids.web;

import java.util.List;

/** One page of aids of the open data API. */
record ApiPage(List<ApiAid> items, int page, int size, int total, int pageCount) {
}
