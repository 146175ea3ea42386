package fr.coopex.aids.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.coopex.aids.DeMinimis;
import fr.coopex.aids.DeMinimisFlag;

/** Whether an aid is de minimis, and where that is written, as a curator sets it. */
record DeMinimisFlagForm(@NotNull DeMinimis status, @Size(max = 500) String source) {

	static DeMinimisFlagForm of(DeMinimisFlag flag) {
		return new DeMinimisFlagForm(flag.status(), flag.source());
	}

	DeMinimisFlag toFlag() {
		return new DeMinimisFlag(this.status, this.source);
	}

}
