package fr.coopex.shared.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

import fr.coopex.shared.money.MoneyText;

/**
 * The platform's expression objects in templates: {@code #money}, the amounts in the
 * page's language ({@link MoneyText}). Reached as a variable, an amount's expression is
 * compiled to bytecode by Spring EL once it has run a few times; written
 * {@code @money.format(amount, #locale)} (a bean reference, which Spring EL does not
 * compile) each was interpreted, a quarter of the CPU of a pool page of 40 participants.
 */
@Component
class TemplateExpressions extends AbstractDialect implements IExpressionObjectDialect {

	private static final String MONEY = "money";

	private static final IExpressionObjectFactory FACTORY = new IExpressionObjectFactory() {

		@Override
		public Set<String> getAllExpressionObjectNames() {
			return Set.of(MONEY);
		}

		@Override
		public Object buildObject(IExpressionContext context, String name) {
			return MONEY.equals(name) ? new MoneyText(context.getLocale()) : null;
		}

		@Override
		public boolean isCacheable(String name) {
			// one per page: the locale does not change while a page is written
			return true;
		}

	};

	TemplateExpressions() {
		super("coopex-expressions");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return FACTORY;
	}

}
