package fr.coopex.accounts.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * Where an organisation acts and, for an agency, the operators whose aids it curates (one
 * per line).
 */
public class ScopeForm {

	private boolean national;

	@Size(max = 18)
	private List<String> regions = new ArrayList<>();

	@Size(max = 4000)
	private String operators;

	List<String> operatorList() {
		return this.operators == null ? List.of() : this.operators.lines().map(String::strip).toList();
	}

	public boolean isNational() {
		return this.national;
	}

	public void setNational(boolean national) {
		this.national = national;
	}

	public List<String> getRegions() {
		return this.regions;
	}

	public void setRegions(List<String> regions) {
		this.regions = regions == null ? new ArrayList<>() : regions;
	}

	public String getOperators() {
		return this.operators;
	}

	public void setOperators(String operators) {
		this.operators = operators;
	}

}
