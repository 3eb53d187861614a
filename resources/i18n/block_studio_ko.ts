<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BatchNormDemo</name>
    <message>
        <source>(a smaller input of {shape} is used to keep the demonstration instant)</source>
        <translation>(시연이 바로 끝나도록 더 작은 입력 {shape}를 씁니다)</translation>
    </message>
    <message>
        <source>(batch 2: train mode needs more than one value per channel)</source>
        <translation>(배치 크기 2: 학습 모드에는 채널마다 값이 둘 이상 있어야 합니다)</translation>
    </message>
    <message>
        <source>track_running_stats is off: eval mode also normalises with the batch statistics, so both outputs agree.</source>
        <translation>track_running_stats가 꺼져 있습니다. 평가 모드도 배치 통계로 정규화하므로 두 출력이 같습니다.</translation>
    </message>
    <message>
        <source>Eval mode normalises with the running statistics (still 0 and 1 here), so the output keeps the input&apos;s mean and spread; train mode uses this batch&apos;s own mean and variance, giving mean 0 and std 1, and nudges the running statistics towards the batch ones. Only train mode moves them.</source>
        <translation>평가 모드는 이동 통계 (여기서는 아직 0과 1)로 정규화하므로 출력이 입력의 평균과 퍼짐을 그대로 유지합니다. 학습 모드는 이 배치 자신의 평균과 분산을 써서 평균 0, 표준편차 1인 출력을 내고, 이동 통계를 배치 통계 쪽으로 조금 옮깁니다. 이동 통계를 바꾸는 것은 학습 모드뿐입니다.</translation>
    </message>
    <message>
        <source>One input {shape} through the same BatchNorm2d: first eval mode, then train mode.</source>
        <translation>입력 하나 {shape}를 같은 배치 정규화 (BatchNorm2d) 레이어에 통과시킵니다. 먼저 평가 모드 (eval), 그다음 학습 모드 (train)입니다.</translation>
    </message>
    <message>
        <source>input: batch mean per channel {mean}; variance {var}</source>
        <translation>입력: 채널별 배치 평균 {mean}; 분산 {var}</translation>
    </message>
    <message>
        <source>eval  output: mean {mean}; std {std}</source>
        <translation>평가 모드 출력: 평균 {mean}; 표준편차 {std}</translation>
    </message>
    <message>
        <source>train output: mean {mean}; std {std}</source>
        <translation>학습 모드 출력: 평균 {mean}; 표준편차 {std}</translation>
    </message>
    <message>
        <source>largest difference between the two outputs: {difference}</source>
        <translation>두 출력의 가장 큰 차이: {difference}</translation>
    </message>
    <message>
        <source>running_mean: before {before}; after eval {after_eval}; after train {after_train}</source>
        <translation>running_mean (이동 평균): 처음 {before}; 평가 모드 뒤 {after_eval}; 학습 모드 뒤 {after_train}</translation>
    </message>
    <message>
        <source>running_var: before {before}; after train {after_train}</source>
        <translation>running_var (이동 분산): 처음 {before}; 학습 모드 뒤 {after_train}</translation>
    </message>
    <message>
        <source>num_batches_tracked: {before} -&gt; {after_eval} (eval) -&gt; {after_train} (train)</source>
        <translation>num_batches_tracked (지금까지 본 배치 수): {before} -&gt; {after_eval} (평가 모드) -&gt; {after_train} (학습 모드)</translation>
    </message>
</context>
<context>
    <name>ConfusionTable</name>
    <message>
        <source>true {name}</source>
        <translation>실제 {name}</translation>
    </message>
    <message>
        <source>as {name}</source>
        <translation>예측 {name}</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>Shapes (built in)</source>
        <translation>Shapes: 도형 모양 (내장)</translation>
    </message>
    <message>
        <source>A folder of images (one subfolder per class)</source>
        <translation>이미지 폴더 (클래스마다 하위 폴더 하나)</translation>
    </message>
    <message>
        <source> from {path}</source>
        <translation> ({path}에서)</translation>
    </message>
    <message>
        <source>{label}{where}, {train} + {val} images</source>
        <translation>{label}{where}, 이미지 {train} + {val}개</translation>
    </message>
    <message>
        <source>dataset {kind} is not one of {kinds}</source>
        <translation>데이터셋 {kind}은(는) {kinds} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>train size</source>
        <translation>학습 이미지 수</translation>
    </message>
    <message>
        <source>val size</source>
        <translation>검증 이미지 수</translation>
    </message>
    <message>
        <source>{what} must be from 1 to {limit}, got {value}</source>
        <translation>{what}는 1에서 {limit} 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>image size must be from 4 to {limit} pixels, got {value}</source>
        <translation>이미지 크기는 4에서 {limit} 픽셀 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>drawing {count} shapes</source>
        <translation>도형 모양 {count}개를 그리는 중</translation>
    </message>
    <message>
        <source>reading a folder of images needs Pillow, which is not installed here (pip install pillow); the Shapes dataset works without it</source>
        <translation>이미지 폴더를 읽으려면 Pillow가 필요한데 여기에는 설치되어 있지 않습니다 (pip install pillow). Shapes (도형 모양) 데이터셋은 Pillow 없이도 됩니다</translation>
    </message>
    <message>
        <source>reading images: {number} of {total}</source>
        <translation>이미지 읽는 중: {total}개 중 {number}개</translation>
    </message>
    <message>
        <source>{path}: {count} image(s) are too few to train on and validate</source>
        <translation>{path}: 이미지 {count}개로는 학습하고 검증하기에 너무 적습니다</translation>
    </message>
    <message>
        <source>{path}: not a folder; choose a folder with one subfolder per class</source>
        <translation>{path}: 폴더가 아닙니다. 클래스마다 하위 폴더가 하나씩 있는 폴더를 고르세요</translation>
    </message>
    <message>
        <source>(no folder chosen)</source>
        <translation>(고른 폴더 없음)</translation>
    </message>
    <message>
        <source>{path}: a dataset folder needs at least 2 subfolders, one per class, with images in each</source>
        <translation>{path}: 데이터셋 폴더에는 클래스마다 하나씩, 이미지가 든 하위 폴더가 2개 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>{path}: no images ({suffixes}) in this class folder</source>
        <translation>{path}: 이 클래스 폴더에 이미지 ({suffixes})가 없습니다</translation>
    </message>
    <message>
        <source>{path}: {count} images; at most {limit} are loaded into memory</source>
        <translation>{path}: 이미지 {count}개. 메모리에는 최대 {limit}개까지만 읽어 들입니다</translation>
    </message>
    <message>
        <source>{path}: cannot read this image ({error})</source>
        <translation>{path}: 이 이미지를 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>loading {name} ({which} images) into {path}</source>
        <translation>{name} ({which} 이미지)를 {path}에 불러오는 중</translation>
    </message>
    <message>
        <source>cannot download {name} into {path}: {reason}; connect to the internet once, or use Shapes or a folder of images</source>
        <translation>{name}을(를) {path}에 내려받을 수 없습니다: {reason}. 한 번 인터넷에 연결하거나, Shapes (도형 모양) 또는 이미지 폴더를 쓰세요</translation>
    </message>
    <message>
        <source>{name} in {path} is missing or damaged: {error}</source>
        <translation>{path}의 {name}이(가) 없거나 손상되었습니다: {error}</translation>
    </message>
    <message>
        <source>torchvision is not installed</source>
        <translation>torchvision이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>torchvision does not import beside torch {version} ({error})</source>
        <translation>torchvision을 torch {version}과 함께 불러올 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>{name} comes through torchvision, but {reason}. Install the torchvision release made for torch {version} (pip install torchvision --index-url https://download.pytorch.org/whl/cpu), or use Shapes or a folder of images</source>
        <translation>{name}은(는) torchvision을 통해 받는데, {reason}. torch {version}에 맞춘 torchvision 릴리스를 설치하거나 (pip install torchvision --index-url https://download.pytorch.org/whl/cpu), Shapes (도형 모양) 또는 이미지 폴더를 쓰세요</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>{path}: {count} tensors loaded</source>
        <translation>{path}: 텐서 {count}개를 불러왔습니다</translation>
    </message>
    <message>
        <source>missing (left as initialised)</source>
        <translation>빠짐 (초기값 그대로 둠)</translation>
    </message>
    <message>
        <source>unexpected (ignored)</source>
        <translation>예상 밖 (무시함)</translation>
    </message>
    <message>
        <source>wrong shape (not loaded)</source>
        <translation>모양이 다름 (불러오지 않음)</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>{path}: not a readable weights file ({error})</source>
        <translation>{path}: 읽을 수 있는 가중치 파일이 아닙니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: holds no state_dict (a dict of name -&gt; tensor)</source>
        <translation>{path}: state_dict (이름 -&gt; 텐서 사전)가 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>TorchScript cannot compile this model: {error}</source>
        <translation>TorchScript가 이 모델을 컴파일할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{path}: the reloaded TorchScript model differs from the original by {difference}</source>
        <translation>{path}: 다시 불러온 TorchScript 모델이 원래 모델과 {difference}만큼 다릅니다</translation>
    </message>
    <message>
        <source>ONNX export needs the optional onnx package: pip install &apos;block-studio[onnx]&apos;</source>
        <translation>ONNX 내보내기에는 블록 스튜디오의 선택 패키지 onnx가 필요합니다: pip install &apos;block-studio[onnx]&apos;</translation>
    </message>
    <message>
        <source>ONNX export failed: {error}</source>
        <translation>ONNX 내보내기에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>{path}: onnxruntime&apos;s output differs from torch&apos;s by {difference}</source>
        <translation>{path}: onnxruntime의 출력이 torch의 출력과 {difference}만큼 다릅니다</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>receptive field {axis}</source>
        <translation>수용 영역 {axis}</translation>
    </message>
    <message>
        <source>effective stride {axis}</source>
        <translation>유효 stride {axis}</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>weight (scale)</source>
        <translation>weight (가중치, 배율)</translation>
    </message>
    <message>
        <source>bias (shift)</source>
        <translation>bias (편향, 이동)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <source>previous RF + dilation*(kernel_size-1)*previous stride</source>
        <translation>이전 수용 영역 + dilation*(kernel_size-1)*이전 stride</translation>
    </message>
    <message>
        <source>previous stride * stride</source>
        <translation>이전 stride * stride</translation>
    </message>
</context>
<context>
    <name>ForwardLesson</name>
    <message>
        <source>the block registers no Conv2d or Linear: add one to see this lesson</source>
        <translation>블록이 Conv2d나 Linear를 하나도 등록하지 않습니다. 이 수업을 보려면 하나를 추가하세요</translation>
    </message>
    <message>
        <source>{kind} weight on {device}</source>
        <translation>{device} 장치에 있는 {kind} 가중치</translation>
    </message>
</context>
<context>
    <name>GeneratedCode</name>
    <message>
        <source># the mistake: a new, unregistered layer with fresh random weights on every call</source>
        <translation># 실수: 호출할 때마다 새 무작위 가중치를 가진, 등록되지 않은 새 레이어</translation>
    </message>
    <message>
        <source># one number per channel, whatever the image size, then one score per class</source>
        <translation># 이미지 크기와 상관없이 채널마다 숫자 하나로 줄인 다음, 클래스마다 점수 하나를 냅니다</translation>
    </message>
    <message>
        <source># the block already ends in features</source>
        <translation># 블록의 출력이 이미 특징 벡터 (N, F)입니다</translation>
    </message>
    <message>
        <source>{block}, then a head that scores each class.</source>
        <translation>{block} 다음에, 클래스마다 점수를 매기는 헤드를 붙입니다.</translation>
    </message>
</context>
<context>
    <name>Internals</name>
    <message>
        <source>{} (empty)</source>
        <translation>{} (비어 있음)</translation>
    </message>
    <message>
        <source>1 entry: {keys}</source>
        <translation>항목 1개: {keys}</translation>
    </message>
    <message>
        <source>{count} entries: {keys}</source>
        <translation>항목 {count}개: {keys}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>항목 {count}개</translation>
    </message>
    <message>
        <source>set() (empty)</source>
        <translation>set() (비어 있음)</translation>
    </message>
</context>
<context>
    <name>LayerExplanation</name>
    <message>
        <source>Layer {number}: {kind}</source>
        <translation>레이어 {number}: {kind}</translation>
    </message>
    <message>
        <source>Output size ({input} -&gt; {output}):</source>
        <translation>출력 크기 ({input} -&gt; {output}):</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>매개변수:</translation>
    </message>
    <message>
        <source>none: this layer learns nothing</source>
        <translation>없음: 이 레이어는 아무것도 학습하지 않습니다</translation>
    </message>
    <message>
        <source>Receptive field: each output value sees {field} input pixels; neighbouring outputs are {jump} input pixels apart (effective stride).</source>
        <translation>수용 영역 (receptive field): 출력 값 하나는 입력 픽셀 {field}개를 봅니다. 이웃한 출력끼리는 입력 픽셀 {jump}만큼 떨어져 있습니다 (유효 stride).</translation>
    </message>
    <message>
        <source>This layer cannot run: {message}</source>
        <translation>이 레이어는 실행될 수 없습니다: {message}</translation>
    </message>
    <message>
        <source>An earlier layer cannot run, so this layer has no input to explain.</source>
        <translation>앞선 레이어가 실행될 수 없어서, 이 레이어에는 설명할 입력이 없습니다.</translation>
    </message>
    <message>
        <source>The output is not a spatial map: each value can depend on the whole input.</source>
        <translation>출력은 공간 맵이 아닙니다. 출력의 각 값은 입력 전체에 따라 달라질 수 있습니다.</translation>
    </message>
    <message>
        <source>The output is no longer a spatial map: each value can depend on the whole input.</source>
        <translation>출력은 더 이상 공간 맵이 아닙니다. 출력의 각 값은 입력 전체에 따라 달라질 수 있습니다.</translation>
    </message>
    <message>
        <source>Size rule: {rule}</source>
        <translation>크기 규칙: {rule}</translation>
    </message>
    <message>
        <source>padding &quot;same&quot;: torch adds dilation*(kernel_size-1) pixels per axis, half before and the rest after (H: {h}, W: {w}), so the size stays the same.</source>
        <translation>padding &quot;same&quot;: torch는 축마다 dilation*(kernel_size-1)개의 픽셀을 덧대는데, 절반은 앞에, 나머지는 뒤에 붙입니다 (H: {h}, W: {w}). 그래서 크기가 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>padding &quot;valid&quot; means no padding at all.</source>
        <translation>padding &quot;valid&quot;는 덧대기 (padding)를 전혀 하지 않는다는 뜻입니다.</translation>
    </message>
    <message>
        <source>stride is not given, so it defaults to kernel_size = {size}.</source>
        <translation>stride를 정하지 않았으므로 기본값인 kernel_size = {size}가 됩니다.</translation>
    </message>
    <message>
        <source>ceil_mode on {axis}: the last window would start at {start}, past the input and its left padding ({size} + {pad}), so torch drops it: {windows} - 1 = {value}.</source>
        <translation>{axis} 축의 ceil_mode: 마지막 창은 {start}에서 시작하게 되는데, 이는 입력과 왼쪽 덧대기 ({size} + {pad})를 벗어나므로 torch가 그 창을 버립니다: {windows} - 1 = {value}.</translation>
    </message>
    <message>
        <source>ceil_mode rounds the division up, so a partial window at the edge still gives an output.</source>
        <translation>ceil_mode는 나눗셈을 올림하므로, 가장자리에 걸친 일부 창도 출력을 하나 냅니다.</translation>
    </message>
    <message>
        <source>BatchNorm2d also keeps buffers, which are state, not learned: running_mean ({count}), running_var ({count}) and num_batches_tracked (1). They are in state_dict but not in parameters().</source>
        <translation>배치 정규화 (BatchNorm2d)는 버퍼도 가집니다. 버퍼는 학습되는 값이 아니라 상태입니다: running_mean ({count}), running_var ({count}), num_batches_tracked (1). 버퍼는 state_dict에는 들어 있지만 parameters()에는 없습니다.</translation>
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
        <translation>등록</translation>
    </message>
    <message>
        <source>Train both for {steps} steps</source>
        <translation>둘 다 {steps}스텝 학습</translation>
    </message>
    <message>
        <source>Apply the fix: nn.ModuleList</source>
        <translation>고치기 적용: nn.ModuleList</translation>
    </message>
    <message>
        <source>The block cannot be built now ({error}); fix it to see this lesson.</source>
        <translation>지금은 블록을 만들 수 없습니다 ({error}). 이 수업을 보려면 블록을 고치세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers as: {style}&lt;/b&gt; (the live object)</source>
        <translation>&lt;b&gt;레이어 담는 방식: {style}&lt;/b&gt; (실제 객체)</translation>
    </message>
    <message>
        <source>parameters() finds {seen} of the {built} parameters its layers hold</source>
        <translation>parameters()는 레이어들이 가진 매개변수 {built}개 중 {seen}개를 찾습니다</translation>
    </message>
    <message>
        <source>nn.Module does not see: {names}</source>
        <translation>nn.Module이 보지 못하는 것: {names}</translation>
    </message>
    <message>
        <source>state_dict() has {count} key(s)</source>
        <translation>state_dict()의 키: {count}개</translation>
    </message>
    <message>
        <source>.to(device) left behind on the CPU: {names}</source>
        <translation>.to(device)가 옮기지 않아 CPU 장치에 남은 것: {names}</translation>
    </message>
    <message>
        <source>.to(device) moves every layer&apos;s weights</source>
        <translation>.to(device)는 모든 레이어의 가중치를 그 장치로 옮깁니다</translation>
    </message>
    <message>
        <source>training both versions for {steps} steps...</source>
        <translation>두 버전을 {steps}스텝씩 학습하는 중...</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;layers as&lt;/th&gt;&lt;th&gt;parameters the optimizer sees&lt;/th&gt;&lt;th&gt;of them in the block&lt;/th&gt;&lt;th&gt;loss, first steps&lt;/th&gt;&lt;th&gt;loss, last steps&lt;/th&gt;&lt;th&gt;block&apos;s filters changed&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;레이어 담는 방식&lt;/th&gt;&lt;th&gt;옵티마이저가 보는 매개변수&lt;/th&gt;&lt;th&gt;그중 블록의 것&lt;/th&gt;&lt;th&gt;손실, 처음 스텝&lt;/th&gt;&lt;th&gt;손실, 마지막 스텝&lt;/th&gt;&lt;th&gt;블록의 필터가 바뀌었나&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> (nothing would be saved)</source>
        <translation> (아무것도 저장되지 않습니다)</translation>
    </message>
</context>
<context>
    <name>SuperLesson</name>
    <message>
        <source>super().__init__() and super({name}, self).__init__() run the same code: both look up __init__ on the class after {name} in its method resolution order ({mro}), and call it with self, so nn.Module.__init__ runs.</source>
        <translation>super().__init__()와 super({name}, self).__init__()는 같은 코드를 실행합니다. 둘 다 메서드 결정 순서 (MRO: {mro})에서 {name} 다음 클래스의 __init__을 찾아 self와 함께 호출하므로, nn.Module.__init__이 실행됩니다.</translation>
    </message>
    <message>
        <source>The short form (Python 3) finds {name} and self by itself; the long form names them, as Python 2 required.</source>
        <translation>짧은 형태 (Python 3)는 {name}과 self를 스스로 찾고, 긴 형태는 Python 2에서 필요했던 것처럼 파생 클래스와 self를 직접 적어 줍니다.</translation>
    </message>
    <message>
        <source>Naming the class is only a risk when the class is renamed or the line is copied into another class: it then names the wrong class.</source>
        <translation>클래스 이름을 적는 방식은 클래스 이름을 바꾸거나 그 줄을 다른 클래스로 복사할 때만 위험합니다. 그러면 엉뚱한 클래스를 가리키게 됩니다.</translation>
    </message>
    <message>
        <source>{name} assigns no layer in __init__, so nothing failed yet: PyTorch only objects when a Module is assigned.</source>
        <translation>{name}은(는) __init__에서 레이어를 하나도 할당하지 않으므로 아직 아무 오류도 나지 않았습니다. PyTorch는 모듈 (Module)을 할당할 때만 오류를 냅니다.</translation>
    </message>
    <message>
        <source>The object is still broken: it has no _parameters, _modules or hook dicts.</source>
        <translation>그래도 이 객체는 망가진 상태입니다. _parameters, _modules, 훅 사전이 하나도 없기 때문입니다.</translation>
    </message>
    <message>
        <source>Generated line {line}: `{code}`</source>
        <translation>생성된 코드 {line}번째 줄: `{code}`</translation>
    </message>
    <message>
        <source>This assignment does not just store a value: Python calls nn.Module.__setattr__(self, name, value).</source>
        <translation>이 할당은 값을 저장하기만 하는 것이 아닙니다. 내부적으로 Python이 nn.Module.__setattr__(self, name, value)를 호출합니다.</translation>
    </message>
    <message>
        <source>Because the value is a Module, __setattr__ files it into self._modules, the dict that parameters(), state_dict(), .to(device) and print(model) walk.</source>
        <translation>값이 모듈 (Module)이므로 __setattr__은 그 값을 self._modules에 넣습니다. self._modules는 parameters(), state_dict(), .to(device), print(model)가 차례로 훑는 사전입니다. (device는 장치입니다.)</translation>
    </message>
    <message>
        <source>That dict is created by nn.Module.__init__, which only runs through super().__init__().</source>
        <translation>그 사전은 nn.Module.__init__이 선언하고 초기화하는데, nn.Module.__init__은 super().__init__()을 호출해야만 실행됩니다.</translation>
    </message>
    <message>
        <source>Without it, self.__dict__.get(&apos;_modules&apos;) is None and PyTorch raises {error}.</source>
        <translation>super().__init__()이 없으면 self.__dict__.get(&apos;_modules&apos;)가 None이 되고, PyTorch는 다음 오류를 냅니다: {error}</translation>
    </message>
</context>
<context>
    <name>TrainExports</name>
    <message>
        <source>Save weights...</source>
        <translation>가중치 저장...</translation>
    </message>
    <message>
        <source>ONNX export</source>
        <translation>ONNX 내보내기</translation>
    </message>
    <message>
        <source>needs the optional onnx package: pip install &apos;block-studio[onnx]&apos;</source>
        <translation>블록 스튜디오의 선택 패키지 onnx가 필요합니다: pip install &apos;block-studio[onnx]&apos;</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
    <message>
        <source>Save the trained weights</source>
        <translation>학습한 가중치 저장</translation>
    </message>
    <message>
        <source>PyTorch state_dict (*.pt)</source>
        <translation>PyTorch state_dict 파일 (*.pt)</translation>
    </message>
    <message>
        <source>saved; loaded back: {report}</source>
        <translation>저장했습니다. 다시 불러온 결과: {report}</translation>
    </message>
    <message>
        <source>Export TorchScript</source>
        <translation>TorchScript 내보내기</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript 파일 (*.pt)</translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation>다시 불러옴</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>ONNX 내보내기</translation>
    </message>
    <message>
        <source>ONNX (*.onnx)</source>
        <translation>ONNX 파일 (*.onnx)</translation>
    </message>
    <message>
        <source>checked with onnx.checker</source>
        <translation>onnx.checker로 검사함</translation>
    </message>
    <message>
        <source>Export a plain-PyTorch training script</source>
        <translation>순수 PyTorch 학습 스크립트 내보내기</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python 파일 (*.py)</translation>
    </message>
    <message>
        <source>wrote {path}: python {name} trains the same model on the same data</source>
        <translation>{path}에 썼습니다. python {name}을(를) 실행하면 같은 데이터로 같은 모델을 학습합니다</translation>
    </message>
    <message>
        <source>wrote {path}; {how}, outputs differ by at most {difference}</source>
        <translation>{path}에 썼습니다. {how}, 출력 차이는 최대 {difference}입니다</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>finished after {done} of {total} steps</source>
        <translation>{total}스텝 중 {done}스텝 뒤에 끝났습니다</translation>
    </message>
    <message>
        <source>stopped after {done} of {total} steps</source>
        <translation>{total}스텝 중 {done}스텝 뒤에 멈췄습니다</translation>
    </message>
    <message>
        <source>Confusion matrix (after a run): click a cell to see its images</source>
        <translation>혼동 행렬 (학습 뒤): 칸을 누르면 그 이미지들을 봅니다</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>folder with one subfolder per class</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>검증 이미지</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Dataset preview</source>
        <translation>데이터셋 미리 보기</translation>
    </message>
    <message>
        <source>First conv layer&apos;s filters (each scaled to its own range)</source>
        <translation>첫 합성곱 레이어 (Conv2d)의 필터 (각각 자기 범위에 맞춰 표시)</translation>
    </message>
    <message>
        <source>Dataset folder (one subfolder per class)</source>
        <translation>데이터셋 폴더 (클래스마다 하위 폴더 하나)</translation>
    </message>
    <message>
        <source>stopping after this step...</source>
        <translation>이 스텝이 끝나면 멈춥니다...</translation>
    </message>
    <message>
        <source>{total} training images: {counts}; {validation} for validation</source>
        <translation>학습 이미지 {total}개: {counts}; 검증용 {validation}개</translation>
    </message>
    <message>
        <source>, validation accuracy {accuracy} after epoch {epoch}</source>
        <translation>, 에폭 {epoch} 뒤 검증 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>step {step} of {total} (epoch {epoch}), loss {loss}</source>
        <translation>스텝 {step}/{total} (에폭 {epoch}), 손실 {loss}</translation>
    </message>
    <message>
        <source>{speed} images/s, elapsed {elapsed}, ETA {eta}</source>
        <translation>초당 이미지 {speed}개, 경과 {elapsed}, 남은 시간 {eta}</translation>
    </message>
    <message>
        <source>; validation accuracy {accuracy}</source>
        <translation>; 검증 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
    <message>
        <source> (save the project to keep this run with it)</source>
        <translation> (이 학습 결과를 프로젝트와 함께 남기려면 프로젝트를 저장하세요)</translation>
    </message>
    <message>
        <source> (could not keep the run beside the project: {error})</source>
        <translation> (학습 결과를 프로젝트 옆에 남기지 못했습니다: {error})</translation>
    </message>
    <message>
        <source>; kept as {meta} + {weights}</source>
        <translation>; {meta} + {weights}로 남겼습니다</translation>
    </message>
    <message>
        <source>Run the training to see the images behind each cell</source>
        <translation>각 칸에 해당하는 이미지를 보려면 학습을 실행하세요</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>맞음</translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation>잘못 분류됨</translation>
    </message>
    <message>
        <source>{count} {true} image(s) predicted as {predicted} ({what})</source>
        <translation>{true} 이미지 {count}개를 {predicted}(으)로 예측 ({what})</translation>
    </message>
    <message>
        <source>, first {shown} shown</source>
        <translation>, 처음 {shown}개만 표시</translation>
    </message>
    <message>
        <source>, validation accuracy {accuracy}</source>
        <translation>, 검증 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>last run, kept with the project: {epochs} epoch(s)</source>
        <translation>프로젝트와 함께 남긴 지난 학습: 에폭 {epochs}번</translation>
    </message>
    <message>
        <source>preview: {counts}</source>
        <translation>미리 보기: {counts}</translation>
    </message>
</context>
<context>
    <name>TrainWorker</name>
    <message>
        <source>loading {dataset}</source>
        <translation>불러오는 중: {dataset}</translation>
    </message>
    <message>
        <source>building the model</source>
        <translation>모델을 만드는 중</translation>
    </message>
    <message>
        <source>{error} - the block cannot be built, so it cannot be trained</source>
        <translation>{error} - 블록을 만들 수 없으므로 학습할 수 없습니다</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>the block does not take this dataset&apos;s {size} images: {error}</source>
        <translation>블록이 이 데이터셋의 {size} 이미지를 입력으로 받지 못합니다: {error}</translation>
    </message>
    <message>
        <source>the block has no layers yet: add a Conv2d to train</source>
        <translation>블록에 아직 레이어가 없습니다. 학습하려면 합성곱 레이어 (Conv2d)를 추가하세요</translation>
    </message>
    <message>
        <source>the block&apos;s output {shape} is neither (N, C, H, W) nor (N, F)</source>
        <translation>블록의 출력 {shape}이(가) (N, C, H, W)도 (N, F)도 아닙니다</translation>
    </message>
    <message>
        <source>{path}: cannot read the kept training run ({error})</source>
        <translation>{path}: 남겨 둔 학습 기록을 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot read the kept weights ({error})</source>
        <translation>{path}: 남겨 둔 가중치를 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>optimizer {name} is not one of {names}</source>
        <translation>옵티마이저 {name}은(는) {names} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>schedule {name} is not one of {names}</source>
        <translation>스케줄 {name}은(는) {names} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>learning rate must be above 0 and at most 10, got {value}</source>
        <translation>학습률은 0보다 크고 10 이하여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>batch size must be from 1 to 4096, got {value}</source>
        <translation>배치 크기는 1에서 4096 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>epochs must be from 1 to {limit}, got {value}</source>
        <translation>에폭 수는 1에서 {limit} 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>threads must be from 1 to 1024, got {value}</source>
        <translation>스레드 수는 1에서 1024 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to 2**63 - 1, got {value}</source>
        <translation>시드는 0에서 2**63 - 1 사이의 정수여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>batch size {batch} is larger than the {count} training images; use a smaller batch or more images</source>
        <translation>배치 크기 {batch}가 학습 이미지 수 {count}보다 큽니다. 배치를 줄이거나 이미지를 늘리세요</translation>
    </message>
    <message>
        <source>training images are {train}, validation images {val}</source>
        <translation>학습 이미지는 {train}, 검증 이미지는 {val}입니다</translation>
    </message>
    <message>
        <source>step {step} failed: {error}</source>
        <translation>스텝 {step}에서 실패했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>train (batch)</source>
        <translation>학습 (배치)</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
</context>
</TS>
