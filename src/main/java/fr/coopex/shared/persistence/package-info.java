/**
 * What the module's entities share in their mapping: {@link Timestamped}, the creation
 * and last-change instants and the optimistic-locking version most tables carry.
 */
package fr.coopex.shared.persistence;
