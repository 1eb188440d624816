// The browser test of `kg serve`: Chromium opens the page, searches an entity, expands a
// neighbour by clicking it, opens an edge's evidence by clicking it, checks the DOM at each step
// and saves a screenshot.
//
//   node browser_test.cjs URL SCREENSHOT.png      (NODE_PATH = serve/web/node_modules)
'use strict';

const {chromium} = require('playwright-core');

const [url, screenshot] = process.argv.slice(2);

function check(condition, what) {
  if (!condition) throw new Error('failed: ' + what);
  console.log('ok: ' + what);
}

// Clicks the graph element with Cytoscape id `id` where it is drawn on the canvas.
async function clickGraphElement(page, id) {
  const point = await page.evaluate((elementId) => {
    const element = graph.getElementById(elementId);
    const position = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = document.getElementById('graph').getBoundingClientRect();
    return {x: box.left + position.x, y: box.top + position.y};
  }, id);
  await page.mouse.click(point.x, point.y);
}

async function graphHas(page, id) {
  return page.evaluate((elementId) => graph.getElementById(elementId).length > 0, id);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({viewport: {width: 1280, height: 800}});
    page.on('pageerror', (error) => console.error('page error: ' + error.message));
    const external = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(url)) external.push(request.url());
    });
    await page.goto(url);

    await page.fill('#search', 'Varnh');
    await page.waitForFunction(() => [...document.querySelectorAll('#suggestions option')]
                                          .some((o) => o.value === 'Ilsa Varnholt'));
    check(true, 'autocomplete offers Ilsa Varnholt');

    await page.fill('#search', 'Ilsa Varnholt');
    await page.click('#search-form button');
    await page.waitForFunction(() => document.querySelector('#entity h2')?.textContent ===
                                     'Ilsa Varnholt');
    await page.waitForFunction(() => graph.getElementById('n:Pavel Kessing').length > 0);
    check(true, 'the entity page and its neighbourhood show');

    await clickGraphElement(page, 'n:Pavel Kessing');
    await page.waitForFunction(() => graph.getElementById('n:Odile Dorrance').length > 0);
    check(await graphHas(page, 'n:Odile Dorrance'), 'clicking a neighbour expands it');

    const edge = await page.evaluate(() => graph.edges().filter(
        (e) => e.data('from') === 'Pavel Kessing' && e.data('to') === 'Odile Dorrance' ||
               e.data('to') === 'Pavel Kessing' && e.data('from') === 'Odile Dorrance')[0].id());
    await clickGraphElement(page, edge);
    await page.waitForSelector('#evidence li');
    const evidence = await page.textContent('#evidence');
    check(evidence.includes('<script>'), 'an article\'s <script> shows as text');
    check(await page.evaluate(() => window.pwned === undefined), 'and never runs');
    check(await page.$('#evidence mark') !== null, 'the trigger is highlighted');
    check(external.length === 0, 'nothing is fetched from elsewhere: ' + external.join(' '));

    await page.screenshot({path: screenshot});
    console.log('screenshot: ' + screenshot);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
