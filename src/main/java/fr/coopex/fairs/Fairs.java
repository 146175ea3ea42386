package fr.coopex.fairs;

import org.springframework.data.jpa.repository.JpaRepository;

interface Fairs extends JpaRepository<Fair, Long> {

}
