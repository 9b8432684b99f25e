package org.quickfreeze.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.quickfreeze.run.SettingRefused;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code quickfreeze.delivery.*}: who gets which mail, what is attached,
 * whether TLS is required. Delivery is off while {@code from} is empty. Every address and
 * attachment is checked at start: one that cannot work stops the start, naming its
 * property.
 */
@ConfigurationProperties("quickfreeze.delivery")
public record DeliveryProperties(@Nullable String from, @DefaultValue("required") String tls,
        @DefaultValue Monthly monthly, @DefaultValue Weekly weekly, @DefaultValue Failures failures,
        @DefaultValue("10") int maxAttachmentMb) {

    /** The outputs a monthly mail may attach. */
    public static final Set<String> ATTACHABLE = Set.of("monthly", "workbook", "committee", "eu-statistics");

    /** The outputs that name cases: attaching one puts cases in the mail. */
    public static final Set<String> INTERNAL = Set.of("monthly", "workbook");

    public DeliveryProperties {
        if (from != null && !from.isBlank()) {
            address("quickfreeze.delivery.from", from);
        }
        if (!tls.equals("required") && !tls.equals("optional")) {
            throw new SettingRefused("quickfreeze.delivery.tls '" + tls + "' is neither required nor optional");
        }
        if (maxAttachmentMb < 0) {
            throw new SettingRefused("quickfreeze.delivery.max-attachment-mb must not be negative");
        }
        addresses("quickfreeze.delivery.monthly.to", monthly.to);
        addresses("quickfreeze.delivery.monthly.cc", monthly.cc);
        addresses("quickfreeze.delivery.weekly.to", weekly.to);
        addresses("quickfreeze.delivery.weekly.cc", weekly.cc);
        addresses("quickfreeze.delivery.failures.to", failures.to);
        for (String output : monthly.attach) {
            if (!ATTACHABLE.contains(output.strip().toLowerCase(Locale.ROOT))) {
                throw new SettingRefused("quickfreeze.delivery.monthly.attach '" + output
                        + "' is not an output: give any of monthly, workbook, committee, eu-statistics");
            }
        }
    }

    /** The monthly compliance run's mail. */
    public record Monthly(@DefaultValue List<String> to, @DefaultValue List<String> cc,
            @DefaultValue List<String> attach, @DefaultValue("false") boolean listRequests) {
    }

    /** The weekly due-soon check's mail. */
    public record Weekly(@DefaultValue List<String> to, @DefaultValue List<String> cc,
            @DefaultValue("false") boolean listRequests) {
    }

    /** The operators told of a scheduled run that failed. */
    public record Failures(@DefaultValue List<String> to) {
    }

    public boolean enabled() {
        return from != null && !from.isBlank();
    }

    public boolean tlsRequired() {
        return tls.equals("required");
    }

    /** The recipients of the monthly mail, To then Cc. */
    public List<InternetAddress> monthlyRecipients() {
        return recipients(monthly.to, monthly.cc);
    }

    public List<InternetAddress> weeklyRecipients() {
        return recipients(weekly.to, weekly.cc);
    }

    public List<InternetAddress> failureRecipients() {
        return recipients(failures.to, List.of());
    }

    private static List<InternetAddress> recipients(List<String> to, List<String> cc) {
        List<InternetAddress> all = new ArrayList<>(parsed(to));
        for (InternetAddress address : parsed(cc)) {
            if (!all.contains(address)) {
                all.add(address);
            }
        }
        return all;
    }

    /** Addresses already checked at start, as a mail's header takes them. */
    static List<InternetAddress> parsed(List<String> addresses) {
        return addresses.stream().map(a -> address("", a)).toList();
    }

    static InternetAddress address(String property, String address) {
        try {
            return new InternetAddress(address.strip(), true);
        }
        catch (AddressException ex) {
            throw new SettingRefused(property + " '" + address + "' is not a mail address");
        }
    }

    private static void addresses(String property, List<String> addresses) {
        for (String a : addresses) {
            address(property, a);
        }
    }

}
