package it.formapro.attendance.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterRequest", description = "The register of a whole lesson in one request (one transaction: all "
        + "rows are applied, or none). Students not listed keep their current entry.")
public record RegisterRequest(
        @NotEmpty @Size(max = 1000) List<@Valid @NotNull RegisterRow> entries) {
}
