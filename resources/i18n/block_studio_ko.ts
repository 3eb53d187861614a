<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BatchNormDemo</name>
    <message>
        <source>(a smaller input of {shape} is used to keep the demonstration instant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(batch 2: train mode needs more than one value per channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track_running_stats is off: eval mode also normalises with the batch statistics, so both outputs agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval mode normalises with the running statistics (still 0 and 1 here), so the output keeps the input&apos;s mean and spread; train mode uses this batch&apos;s own mean and variance, giving mean 0 and std 1, and nudges the running statistics towards the batch ones. Only train mode moves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One input {shape} through the same BatchNorm2d: first eval mode, then train mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: batch mean per channel {mean}; variance {var}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval  output: mean {mean}; std {std}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train output: mean {mean}; std {std}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest difference between the two outputs: {difference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running_mean: before {before}; after eval {after_eval}; after train {after_train}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running_var: before {before}; after train {after_train}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_batches_tracked: {before} -&gt; {after_eval} (eval) -&gt; {after_train} (train)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionTable</name>
    <message>
        <source>true {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>Shapes (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of images (one subfolder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}{where}, {train} + {val} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset {kind} is not one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be from 1 to {limit}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size must be from 4 to {limit} pixels, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing {count} shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a folder of images needs Pillow, which is not installed here (pip install pillow); the Shapes dataset works without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading images: {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {count} image(s) are too few to train on and validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a folder; choose a folder with one subfolder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no folder chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a dataset folder needs at least 2 subfolders, one per class, with images in each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no images ({suffixes}) in this class folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {count} images; at most {limit} are loaded into memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot read this image ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading {name} ({which} images) into {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot download {name} into {path}: {reason}; connect to the internet once, or use Shapes or a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in {path} is missing or damaged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torchvision is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torchvision does not import beside torch {version} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} comes through torchvision, but {reason}. Install the torchvision release made for torch {version} (pip install torchvision --index-url https://download.pytorch.org/whl/cpu), or use Shapes or a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>{path}: {count} tensors loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (left as initialised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong shape (not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a readable weights file ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: holds no state_dict (a dict of name -&gt; tensor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript cannot compile this model: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the reloaded TorchScript model differs from the original by {difference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX export needs the optional onnx package: pip install &apos;block-studio[onnx]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: onnxruntime&apos;s output differs from torch&apos;s by {difference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>receptive field {axis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective stride {axis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight (scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias (shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous RF + dilation*(kernel_size-1)*previous stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous stride * stride</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardLesson</name>
    <message>
        <source>the block registers no Conv2d or Linear: add one to see this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} weight on {device}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratedCode</name>
    <message>
        <source># the mistake: a new, unregistered layer with fresh random weights on every call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Internals</name>
    <message>
        <source>{} (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set() (empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerExplanation</name>
    <message>
        <source>Layer {number}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size ({input} -&gt; {output}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: this layer learns nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receptive field: each output value sees {field} input pixels; neighbouring outputs are {jump} input pixels apart (effective stride).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer cannot run: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier layer cannot run, so this layer has no input to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not a spatial map: each value can depend on the whole input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is no longer a spatial map: each value can depend on the whole input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding &quot;same&quot;: torch adds dilation*(kernel_size-1) pixels per axis, half before and the rest after (H: {h}, W: {w}), so the size stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding &quot;valid&quot; means no padding at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride is not given, so it defaults to kernel_size = {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceil_mode on {axis}: the last window would start at {start}, past the input and its left padding ({size} + {pad}), so torch drops it: {windows} - 1 = {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceil_mode rounds the division up, so a partial window at the edge still gives an output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchNorm2d also keeps buffers, which are state, not learned: running_mean ({count}), running_var ({count}) and num_batches_tracked (1). They are in state_dict but not in parameters().</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Comments in generated code:</source>
        <translation>생성된 코드의 주석(&amp;C):</translation>
    </message>
    <message>
        <source>Generated code itself stays in English, as PyTorch is written; only its docstrings and comments follow this choice.</source>
        <translation>생성된 코드 자체는 PyTorch가 쓰이는 대로 영어로 남습니다. 독스트링과 주석만 이 선택을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train both for {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix: nn.ModuleList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block cannot be built now ({error}); fix it to see this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers as: {style}&lt;/b&gt; (the live object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters() finds {seen} of the {built} parameters its layers hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nn.Module does not see: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state_dict() has {count} key(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.to(device) left behind on the CPU: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.to(device) moves every layer&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training both versions for {steps} steps...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;layers as&lt;/th&gt;&lt;th&gt;parameters the optimizer sees&lt;/th&gt;&lt;th&gt;of them in the block&lt;/th&gt;&lt;th&gt;loss, first steps&lt;/th&gt;&lt;th&gt;loss, last steps&lt;/th&gt;&lt;th&gt;block&apos;s filters changed&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nothing would be saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuperLesson</name>
    <message>
        <source>super().__init__() and super({name}, self).__init__() run the same code: both look up __init__ on the class after {name} in its method resolution order ({mro}), and call it with self, so nn.Module.__init__ runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short form (Python 3) finds {name} and self by itself; the long form names them, as Python 2 required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming the class is only a risk when the class is renamed or the line is copied into another class: it then names the wrong class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} assigns no layer in __init__, so nothing failed yet: PyTorch only objects when a Module is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is still broken: it has no _parameters, _modules or hook dicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated line {line}: `{code}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assignment does not just store a value: Python calls nn.Module.__setattr__(self, name, value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because the value is a Module, __setattr__ files it into self._modules, the dict that parameters(), state_dict(), .to(device) and print(model) walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That dict is created by nn.Module.__init__, which only runs through super().__init__().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, self.__dict__.get(&apos;_modules&apos;) is None and PyTorch raises {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainExports</name>
    <message>
        <source>Save weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the optional onnx package: pip install &apos;block-studio[onnx]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch state_dict (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved; loaded back: {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked with onnx.checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a plain-PyTorch training script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path}: python {name} trains the same model on the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path}; {how}, outputs differ by at most {difference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>finished after {done} of {total} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after {done} of {total} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (after a run): click a cell to see its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder with one subfolder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First conv layer&apos;s filters (each scaled to its own range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset folder (one subfolder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping after this step...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} training images: {counts}; {validation} for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, validation accuracy {accuracy} after epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} of {total} (epoch {epoch}), loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} images/s, elapsed {elapsed}, ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; validation accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (save the project to keep this run with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (could not keep the run beside the project: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; kept as {meta} + {weights}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the training to see the images behind each cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {true} image(s) predicted as {predicted} ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, first {shown} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, validation accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last run, kept with the project: {epochs} epoch(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainWorker</name>
    <message>
        <source>loading {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} - the block cannot be built, so it cannot be trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>the block does not take this dataset&apos;s {size} images: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block has no layers yet: add a Conv2d to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block&apos;s output {shape} is neither (N, C, H, W) nor (N, F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot read the kept training run ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot read the kept weights ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer {name} is not one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule {name} is not one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be above 0 and at most 10, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size must be from 1 to 4096, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs must be from 1 to {limit}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads must be from 1 to 1024, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to 2**63 - 1, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size {batch} is larger than the {count} training images; use a smaller batch or more images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training images are {train}, validation images {val}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train (batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
