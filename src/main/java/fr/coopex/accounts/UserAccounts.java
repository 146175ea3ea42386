package fr.coopex.accounts;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fr.coopex.shared.security.Role;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = "organisation")
	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	@EntityGraph(attributePaths = "organisation")
	java.util.List<UserAccount> findByOrganisationIdOrderByDisplayName(Long organisationId);

	java.util.List<UserAccount> findByRoleAndEnabledTrueOrderById(Role role);

	boolean existsByRole(Role role);

	@EntityGraph(attributePaths = "organisation")
	@Query("""
			select u from UserAccount u join u.organisation o
			where (:q = '' or lower(u.email) like :q escape '\\' or lower(u.displayName) like :q escape '\\'
			       or lower(o.name) like :q escape '\\')
			""")
	Page<UserAccount> search(String q, Pageable pageable);

}
