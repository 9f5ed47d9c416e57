/** The owners who sign in to `serve`: accounts in migration.app_user with bcrypt password hashes. */
package org.switchover.users;
