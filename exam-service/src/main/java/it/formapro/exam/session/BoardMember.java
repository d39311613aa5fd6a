package it.formapro.exam.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person who sat on the board, with who appointed them (the Region or the provider). */
@Embeddable
public class BoardMember {

    public enum Role { PRESIDENT, MEMBER, SECRETARY }

    public enum AppointedBy { REGION, PROVIDER }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "appointed_by", nullable = false)
    public AppointedBy appointedBy;

    public BoardMember() {
    }

    public BoardMember(Role role, String fullName, AppointedBy appointedBy) {
        this.role = role;
        this.fullName = fullName;
        this.appointedBy = appointedBy;
    }
}
