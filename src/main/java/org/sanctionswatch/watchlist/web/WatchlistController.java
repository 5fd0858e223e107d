package org.sanctionswatch.watchlist.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.sanctionswatch.watchlist.ListEntry;
import org.sanctionswatch.watchlist.WatchlistService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/watchlists")
class WatchlistController {

    private final WatchlistService watchlists;

    WatchlistController(WatchlistService watchlists) {
        this.watchlists = watchlists;
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE,
            MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a sanctions list as published: OFAC SDN CSV or UN consolidated XML")
    WatchlistService.ImportResult importBody(InputStream body) {
        return watchlists.importList(body);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a sanctions list sent as the multipart part 'file'")
    WatchlistService.ImportResult importMultipart(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return watchlists.importList(in);
        }
    }

    @GetMapping
    @Operation(summary = "Every stored version of every list")
    Object versions() {
        return watchlists.versionsView();
    }

    @GetMapping("/entries")
    @Operation(summary = "Look up entries of the current lists by list, IMO number, name, programme prefix or type")
    List<ListEntry> entries(@RequestParam(required = false) String list,
            @RequestParam(required = false) String imo, @RequestParam(required = false) String name,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        return watchlists.searchView(list, imo, name, programme, type, limit);
    }
}
