package fr.coopex.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends (through JPA or JDBC alike) while
 * {@link #count} runs, so that a test can say how many queries a page costs. The
 * application's data source is wrapped in every integration test context; the wrapper
 * counts nothing outside {@link #count}.
 */
@Component
public class QueryCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

	/**
	 * What ran, and the statements it sent on this thread (their SQL when it was given to
	 * prepare them).
	 */
	public record Counted<T>(T result, List<String> sql) {

		public int statements() {
			return this.sql.size();
		}

	}

	/** Runs {@code work} on this thread and counts the statements it sends. */
	public static <T> Counted<T> count(Callable<T> work) throws Exception {
		List<String> sql = new ArrayList<>();
		COUNTING.set(sql);
		try {
			T result = work.call();
			return new Counted<>(result, List.copyOf(sql));
		}
		finally {
			COUNTING.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	private static final class Counting extends DelegatingDataSource implements AutoCloseable {

		Counting(DataSource target) {
			super(target);
		}

		/** Closes the pool with the context, as it would be unwrapped. */
		@Override
		public void close() throws Exception {
			if (getTargetDataSource() instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> invoke(proxy, connection, method, args);
			return (Connection) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static Object invoke(Object proxy, Connection connection, Method method, Object[] args)
				throws Throwable {
			if (method.getName().equals("equals") && args != null && args.length == 1) {
				return proxy == args[0];
			}
			if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
				return System.identityHashCode(proxy);
			}
			List<String> sql = COUNTING.get();
			if (sql != null && STATEMENTS.contains(method.getName())) {
				sql.add((args != null && args.length > 0 && args[0] instanceof String text) ? text : method.getName());
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
