package fr.coopex.shared.config;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transaction managers. The application's, for JPA (the one {@code @Transactional}
 * uses). And a plain JDBC one for Spring Session, which reads and writes the session on
 * every request: through the JPA manager each of those short transactions would also open
 * and close a persistence context for nothing. Spring Session writes in transactions of
 * the JDBC one and reads without any ({@link SessionTransactions}).
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	@Primary
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		JpaTransactionManager manager = new JpaTransactionManager(entityManagerFactory);
		customizers.ifAvailable((c) -> c.customize(manager));
		return manager;
	}

	@Bean
	@SpringSessionTransactionManager
	DataSourceTransactionManager springSessionTransactionManager(DataSource dataSource) {
		return new DataSourceTransactionManager(dataSource);
	}

	/**
	 * Spring Session's reads without a transaction, its writes in one of its JDBC manager
	 * ({@link SessionTransactions}).
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(
			@SpringSessionTransactionManager PlatformTransactionManager sessionTransactions) {
		return new SessionTransactions(new TransactionTemplate(sessionTransactions));
	}

	/**
	 * The application's transaction template, which Spring Boot declares only when no
	 * other {@link TransactionOperations} exists (Spring Session's above).
	 */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

}
