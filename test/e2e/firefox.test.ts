/**
 * Firefox ESR (WebDriver BiDi): the shared checks. Firefox has no way to open the real toolbar
 * popup from a driver, so the popup is checked as a tab with ?tabId= (in the shared suite).
 */
import { browserSuite } from './suite';

browserSuite('firefox');
