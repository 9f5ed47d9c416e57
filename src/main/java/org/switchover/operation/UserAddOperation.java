package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.schema.TargetSchema;
import org.switchover.users.Users;

/** `user add`: an owner who may sign in to `serve`, in a role the who-may-sign rules allow. */
public record UserAddOperation(SwitchoverSettings settings, String name, String role, char[] password) {
    public Users.User run() {
        settings.require(Need.TARGET_DATABASE);
        TargetSchema.migrate(settings.target());
        return new Users(settings.target()).add(name, role, password, settings.permittedSignOffRoles());
    }
}
