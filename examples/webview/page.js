// The page an app loads in its webview: `/webview/?service=…&inputs=…&lang=ar`. The app gets the
// checkout's events as JSON through its bridge (see README.md); this page only sets attributes.
import config from '/config.js';

const query = new URLSearchParams(location.search);
const lang = query.get('lang') === 'ar' ? 'ar' : 'en';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';

const checkout = document.getElementById('checkout');
checkout.gateway = config.gateway;
checkout.publishableKey = config.publishableKey;
checkout.locale = lang;
checkout.setAttribute('inputs', query.get('inputs') ?? 'traffic_file_number=12345678');
checkout.service = query.get('service') ?? 'rta-driving-licence-renewal';
