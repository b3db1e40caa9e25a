package org.conflictkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.conflictkg.ingest.Ingestor;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.ontology.KbLoader;
import org.conflictkg.pipeline.Builder;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The graph explorer at {@code /}, driven in a real headless Chromium (Debian's chromium and
 * chromedriver) over real HTTP, against the seed graph in TDB2. Without the browser the tests
 * are skipped, unless {@code KG_REQUIRE_BROWSER} is set (as {@code .ci/run} sets it after
 * installing the browser), when its absence fails them.
 */
class ExplorerIT {
    /** Where the test leaves its picture of the page; the README shows a copy of it. */
    static final Path SCREENSHOT = Path.of("target", "explorer.png");

    @TempDir
    static Path dir;
    static KgStore store;
    static ApiServer server;
    static String base;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        boolean present = HeadlessChromium.present();
        if (!present && System.getenv("KG_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("KG_REQUIRE_BROWSER is set but there is no " + HeadlessChromium.CHROMIUM + " and "
                    + HeadlessChromium.CHROMEDRIVER + " (Debian packages chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(present, "no headless browser here (" + HeadlessChromium.CHROMIUM + ", " + HeadlessChromium.CHROMEDRIVER
                + "): the explorer's browser tests are skipped");
        Pipeline pipeline = new Pipeline(KbLoader.load(null), NlpModels.load());
        store = KgStore.open(dir.resolve("store"));
        Builder b = new Builder(pipeline, new Ingestor(), 2);
        b.build(b.find(List.of(Path.of("data", "articles"))), store, n -> { });
        server = new ApiServer(store, pipeline, NamedQueries.load(null), ApiConfig.defaults("explorer-test-token-0123456789")).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void open() {
        browser.get(base + "/");
        until(d -> js("return typeof window.explorer === 'object' && document.getElementById('publisher').options.length > 1"));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    static long edges() {
        return (Long) js("return window.explorer.cy.edges().length");
    }

    static long nodes() {
        return (Long) js("return window.explorer.cy.nodes().length");
    }

    /** Types a name, takes the first suggestion with the keyboard, and waits for the drawing. */
    static void search(String name) {
        WebElement box = browser.findElement(By.id("search"));
        box.clear();
        box.sendKeys(name);
        until(d -> !d.findElements(By.cssSelector("#suggestions li")).isEmpty());
        box.sendKeys(Keys.ENTER);
        until(d -> nodes() > 1 && d.findElement(By.id("status")).getText().contains("relations drawn"));
    }

    @Test
    void searching_HTS_draws_its_neighbourhood_and_a_click_expands_a_node() throws Exception {
        WebElement box = browser.findElement(By.id("search"));
        box.sendKeys("HTS");
        WebElement first = until(d -> d.findElements(By.cssSelector("#suggestions li")).stream().findFirst().orElse(null));
        assertTrue(first.getText().contains("Tahrir al-Sham"), "the alias resolves: " + first.getText());
        box.sendKeys(Keys.ENTER);
        until(d -> nodes() > 1 && d.findElement(By.id("status")).getText().contains("relations drawn"));
        assertEquals(Boolean.TRUE, js("return window.explorer.cy.getElementById('https://w3id.org/conflict-kg/id/hayat-tahrir-al-sham').nonempty()"));
        assertTrue(edges() >= 3, "HTS has links in the seed graph: " + edges());
        assertTrue(browser.findElement(By.id("details")).getText().contains("Tahrir al-Sham"), "the chosen entity is described");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // A real click on a neighbour (not the centre) opens its neighbourhood too.
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) js("""
                const cy = window.explorer.cy;
                const n = cy.nodes().filter(x => !x.hasClass('expanded')).max(x => x.degree()).ele;
                const p = n.renderedPosition();
                return {id: n.id(), x: p.x, y: p.y};""");
        long before = nodes();
        click(target);
        until(d -> (Boolean) js("return window.explorer.state.expanded.length === 2"));
        until(d -> d.findElement(By.id("status")).getText().contains("relations drawn"));
        assertTrue(nodes() >= before, "expanding adds its neighbours: " + before + " -> " + nodes());
        assertEquals(target.get("id"), js("return window.explorer.state.expanded[1]"));
    }

    @Test
    void clicking_an_edge_shows_its_claims_with_the_evidence_sentence() {
        search("HTS");
        // An edge whose middle is clear of every node, so that the click lands on it.
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) js("""
                const cy = window.explorer.cy;
                for (const e of cy.edges().sort((a, b) => b.data('claims') - a.data('claims'))) {
                  const m = e.renderedMidpoint();
                  const clear = cy.nodes().every(n => { const p = n.renderedPosition(); return Math.hypot(p.x - m.x, p.y - m.y) > 25; });
                  const alone = cy.edges().every(o => o === e || Math.hypot(o.renderedMidpoint().x - m.x, o.renderedMidpoint().y - m.y) > 12);
                  if (clear && alone) return {id: e.id(), x: m.x, y: m.y, relation: e.data('relation')};
                }
                return null;""");
        assertTrue(target != null, "some edge can be clicked alone");
        click(target);
        WebElement evidence = until(d -> d.findElements(By.cssSelector("#details .claim .evidence")).stream().findFirst().orElse(null));
        String details = browser.findElement(By.id("details")).getText();
        assertTrue(details.contains(String.valueOf(target.get("relation"))), details);
        assertTrue(evidence.getText().length() > 20, "an evidence sentence: " + evidence.getText());
        assertFalse(browser.findElements(By.cssSelector("#details .claim .evidence mark")).isEmpty(), "the entities are highlighted in it");
        assertTrue(details.contains("said by:"), "who says so: " + details);
        WebElement article = browser.findElement(By.cssSelector("#details .claim .meta a"));
        assertTrue(article.getAttribute("href").startsWith(base + "/api/articles/"), article.getAttribute("href"));
    }

    @Test
    void narrowing_the_dates_removes_the_edges_of_other_days() {
        search("Syria");
        long before = edges();
        String lastDay = (String) js("return window.explorer.state.dates[window.explorer.state.dates.length - 1]");
        WebElement since = browser.findElement(By.id("since"));
        since.sendKeys(Keys.END); // the slider's last day: only claims from articles of that day stay
        until(d -> d.findElement(By.id("since-value")).getText().equals(lastDay));
        until(d -> edges() < before);
        until(d -> d.findElement(By.id("status")).getText().contains("relations drawn"));
        @SuppressWarnings("unchecked")
        List<String> lasts = (List<String>) js("return window.explorer.cy.edges().map(e => e.data('last'))");
        for (String l : lasts) {
            assertTrue(l.compareTo(lastDay) >= 0, "an edge left is dated from " + lastDay + ": " + l);
        }
        assertTrue(browser.findElement(By.id("download-csv")).getAttribute("href").contains("since=" + lastDay), "the download takes the same dates");
    }

    @Test
    void a_path_between_two_actors_is_drawn() {
        browser.findElement(By.id("path-from")).sendKeys("Turkey");
        WebElement to = browser.findElement(By.id("path-to"));
        to.sendKeys("HTS");
        to.sendKeys(Keys.ENTER);
        until(d -> d.findElement(By.id("status")).getText().matches("\\d+ paths? between .*"));
        assertTrue((Boolean) js("return window.explorer.cy.getElementById('https://w3id.org/conflict-kg/id/turkey').nonempty()"
                + " && window.explorer.cy.getElementById('https://w3id.org/conflict-kg/id/hayat-tahrir-al-sham').nonempty()"));
        assertTrue(edges() >= 1);
        assertTrue(browser.findElement(By.id("download-gexf")).getAttribute("href").contains("around="), "the view can be downloaded");
    }

    /** A real mouse click at a point of the drawing given in its own (rendered) coordinates. */
    static void click(Map<String, Object> at) {
        WebElement graph = browser.findElement(By.id("graph"));
        int dx = (int) Math.round(((Number) at.get("x")).doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) at.get("y")).doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
    }
}
